import { Button } from "antd";

interface ActionButtonsProps<Action extends string> {
  /** What the caller may do next, as the server says. */
  actions: readonly Action[];
  label: (action: Action) => string;
  /** Refusals, returns and withdrawals: drawn in red rather than as the primary button. */
  isDanger: (action: Action) => boolean;
  /** Each button's test id is `${testIdPrefix}${action}`. */
  testIdPrefix: string;
  onChoose: (action: Action) => void;
}

/** One button for each next step of an item's workflow; choosing one opens its form. */
export function ActionButtons<Action extends string>({
  actions,
  label,
  isDanger,
  testIdPrefix,
  onChoose,
}: ActionButtonsProps<Action>) {
  return actions.map((action) => (
    <Button
      key={action}
      type={isDanger(action) ? "default" : "primary"}
      danger={isDanger(action)}
      onClick={() => onChoose(action)}
      data-testid={`${testIdPrefix}${action}`}
    >
      {label(action)}
    </Button>
  ));
}
