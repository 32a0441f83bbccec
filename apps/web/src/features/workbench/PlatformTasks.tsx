import { Alert } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../shared/i18n";
import type { Workbench } from "./useWorkbench";

/** Where each kind of platform upkeep is done. */
const TASK_PATHS: Record<Workbench["tasks"][number]["kind"], string> = {
  "official-calendar-year": "/official-calendar",
};

/** The platform admin's upkeep (e.g. 录入2027年法定节假日安排), each opening the page where it is done. */
export function PlatformTasks({ tasks }: { tasks: Workbench["tasks"] }) {
  const { t } = useI18n();
  return tasks.map((task) => (
    <Alert
      key={`${task.kind}-${task.year}`}
      type={task.daysLeft < 0 ? "error" : "warning"}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={`workbench-task-${task.kind}`}
      title={<Link to={TASK_PATHS[task.kind]}>{task.title}</Link>}
      description={`${t("calendar.taskDue", { date: task.dueOn })} · ${
        task.daysLeft < 0
          ? t("workbench.daysOverdue", { count: -task.daysLeft })
          : t("workbench.daysLeft", { count: task.daysLeft })
      }`}
    />
  ));
}
