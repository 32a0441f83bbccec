import type { ApplicationMaterial, InterestSubsidyVoucherKind } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download, pathOf } from "../../../shared/api/client";
import type { ResponseOf } from "../../../shared/api/types";
import { applicationKeys, type ContractKind } from "./applications";

/**
 * "DOCUMENT", a material the programme requires before submitting, the contract kind whose scan the
 * file is (one contract per kind per application), or a voucher of the interest-subsidy application
 * (借款凭证、结息凭证、还款凭证).
 */
export type AttachmentKind = "DOCUMENT" | ApplicationMaterial | ContractKind | InterestSubsidyVoucherKind;

/** GET /api/v1/applications/:id/attachments item. */
export type Attachment = ResponseOf<"/api/v1/applications/{id}/attachments", "get">[number];

const attachmentKeys = (applicationId: string) =>
  [...applicationKeys.detail(applicationId), "attachments"] as const;

/** The parties' documents; anyone else gets a 404 (the server's rule, not repeated here). */
export function useAttachments(applicationId: string) {
  return useQuery({
    queryKey: attachmentKeys(applicationId),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/applications/{id}/attachments", { params: { id: applicationId }, signal }),
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
      return call("post", "/api/v1/applications/{id}/attachments", { params: { id: applicationId }, form });
    },
    // The application says which required materials are attached: it is read again too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attachmentKeys(applicationId) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId) }),
      ]),
  });
}

export const downloadAttachment = (attachment: Attachment) =>
  download(pathOf("/api/v1/attachments/{id}/content", { id: attachment.id }), undefined, attachment.filename);
