import { Col, Row, Select } from "antd";
import { useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { useRegions } from "../../../shared/api/reference";
import { useI18n } from "../../../shared/i18n";
import {
  useAddKeySupported,
  useKeySupportedList,
  useProgrammes,
  useRemoveKeySupported,
} from "../api/programmes";
import { ListPage, type ListTexts } from "../components/ListPage";

const TEXTS: ListTexts = {
  title: "menu.keySupportedList",
  subtitle: "keyList.subtitle",
  add: "keyList.add",
  added: "keyList.added",
  text: "keyList.note",
  textPlaceholder: "keyList.notePlaceholder",
  textRequired: "keyList.noteRequired",
  addedAt: "keyList.addedAt",
  removeTitle: "keyList.removeTitle",
  removed: "keyList.removed",
};

/** 全市汽车产业重点支持企业: the industry bureau keeps its region's list; readers see it. */
export function KeySupportedListPage() {
  const { t, locale, paren } = useI18n();
  const { access } = useSession();
  const regions = useRegions();
  const programmes = useProgrammes();
  const [params, setParams] = useSearchParams();
  // The platform admin has no region of its own: it names one (by default the first programme's).
  const anyRegion = access.keySupportedListAnyRegion;
  const region = anyRegion ? (params.get("region") ?? programmes.data?.[0]?.regionCode) : undefined;
  const list = useKeySupportedList(region, !anyRegion || Boolean(region));
  const add = useAddKeySupported();
  const remove = useRemoveKeySupported();

  return (
    <ListPage
      testId="key-list"
      texts={TEXTS}
      textField="note"
      canMaintain={access.maintainKeySupportedList}
      list={list}
      add={add}
      remove={remove}
      filters={
        anyRegion && (
          <Row gutter={[12, 12]} className="filter-bar">
            <Col xs={24} md={8}>
              <Select<string>
                showSearch={{ optionFilterProp: "label" }}
                style={{ width: "100%" }}
                placeholder={t("list.region")}
                value={region}
                onChange={(value) => setParams({ region: value })}
                options={(regions.data ?? [])
                  .filter((r) => r.level !== "country")
                  .map((r) => ({
                    value: r.code,
                    label: `${locale === "zh" ? r.name : r.nameEn}${paren(r.code)}`,
                  }))}
                data-testid="key-list-region"
              />
            </Col>
          </Row>
        )
      }
    />
  );
}
