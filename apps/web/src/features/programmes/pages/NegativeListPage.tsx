import { useSession } from "../../../app/session";
import { useAddNegative, useNegativeList, useRemoveNegative } from "../api/programmes";
import { ListPage, type ListTexts } from "../components/ListPage";

const TEXTS: ListTexts = {
  title: "menu.negativeList",
  subtitle: "negList.subtitle",
  add: "negList.add",
  added: "negList.added",
  text: "negList.reason",
  textPlaceholder: "negList.reasonPlaceholder",
  textRequired: "negList.reasonRequired",
  addedAt: "negList.addedAt",
  removeTitle: "negList.removeTitle",
  removed: "negList.removed",
};

/** 负面清单: the re-guarantor keeps it, every entry with its reason; readers see it. */
export function NegativeListPage() {
  const { access } = useSession();
  const list = useNegativeList();
  const add = useAddNegative();
  const remove = useRemoveNegative();
  return (
    <ListPage
      testId="negative-list"
      texts={TEXTS}
      textField="reason"
      dangerousAdd
      canMaintain={access.maintainNegativeList}
      list={list}
      add={add}
      remove={remove}
    />
  );
}
