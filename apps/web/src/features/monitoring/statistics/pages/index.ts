export { BankStatisticsPage } from "./BankStatisticsPage";
export { StatisticsDetailPage } from "./StatisticsDetailPage";
export { StatisticsFormPage } from "./StatisticsFormPage";
export { StatisticsOverviewPage } from "./StatisticsOverviewPage";
