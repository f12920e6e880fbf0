import { z } from 'astro/zod';

// the automotive supply-chain example of METI's 2017 slide (例①), drawn on
// /policy/supply-chain-framework/ by src/components/policy/SupplyChainDiagram.astro. The limits are the
// drawing's: a 360-unit column with two Tier 1 boxes, at most four Tier 2 boxes, a 2 × 2 grid of what is
// checked and four lines of risks; a longer list would overflow it, so the build says so instead.

const Label = z.string().trim().min(1);

/** The supply-chain diagram's facts, as the slide names its parts (a policy page's `supplyChainDiagram`). */
export const SupplyChainDiagramSchema = z
	.object({
		/** The carmaker at the top: its label on the slide ('OEMメーカー') and what it makes ('完成車'). */
		oem: z.object({ label: Label, makes: Label }).strict(),
		/** The first tier: its label ('Tier 1') and the suppliers the slide draws in it. */
		tier1: z.object({ label: Label, suppliers: z.array(Label).min(1).max(2) }).strict(),
		/** The second tier: its label ('Tier 2') and how many suppliers the slide draws (it names none). */
		tier2: z.object({ label: Label, count: z.number().int().min(1).max(4) }).strict(),
		/** What each company has certified or checked (認証・確認). */
		checked: z.array(Label).min(1).max(4),
		/** The risk points the slide lists for the chain. */
		risks: z.array(Label).min(1).max(4),
		/** The goal written under the chain. */
		goal: Label,
		/** Number of the page's source the diagram comes from (1 = the first entry of `sources`). */
		source: z.number().int().min(1),
	})
	.strict();
export type SupplyChainDiagram = z.infer<typeof SupplyChainDiagramSchema>;
