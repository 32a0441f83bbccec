import type { InterestSubsidyVoucherKind } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";
import { applicationKeys, type ContractKind } from "./applications";

/**
 * "DOCUMENT", the contract kind whose scan the file is (one contract per kind per application), or a
 * voucher of the interest-subsidy application (借款凭证、结息凭证、还款凭证).
 */
export type AttachmentKind = "DOCUMENT" | ContractKind | InterestSubsidyVoucherKind;

// TODO(contract)
/** GET /api/v1/applications/:id/attachments item. */
export interface Attachment {
  id: string;
  kind: AttachmentKind;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

const attachmentKeys = (applicationId: string) =>
  [...applicationKeys.detail(applicationId), "attachments"] as const;

/** The parties' documents; anyone else gets a 404 (the server's rule, not repeated here). */
export function useAttachments(applicationId: string) {
  return useQuery({
    queryKey: attachmentKeys(applicationId),
    queryFn: ({ signal }) =>
      api<Attachment[]>(`/api/v1/applications/${encodeURIComponent(applicationId)}/attachments`, { signal }),
  });
}

export function useUploadAttachment(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: AttachmentKind }) => {
      const form = new FormData();
      // The server reads the fields before the file, so `kind` goes first.
      form.append("kind", kind);
      form.append("file", file, file.name);
      return api<Attachment>(`/api/v1/applications/${encodeURIComponent(applicationId)}/attachments`, {
        method: "POST",
        form,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys(applicationId) }),
  });
}

export const downloadAttachment = (attachment: Attachment) =>
  download(
    `/api/v1/attachments/${encodeURIComponent(attachment.id)}/content`,
    undefined,
    attachment.filename,
  );
