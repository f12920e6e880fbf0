import PolicyPageList from '../policy/PolicyPageList.astro';
import SupplyChainDiagram from '../policy/SupplyChainDiagram.astro';
import TimelineTopicTable from '../policy/TimelineTopicTable.astro';
import ScoreTable from '../self-check/ScoreTable.astro';
import StatChart from './StatChart.astro';
import More from './More.astro';
import Table from './Table.astro';

/** Components MDX pages may use without importing them; pass to `<Content components={MDX_COMPONENTS} />`. */
export const MDX_COMPONENTS = { PolicyPageList, ScoreTable, StatChart, SupplyChainDiagram, TimelineTopicTable, More, table: Table };
