import type { APIRoute, GetStaticPaths } from 'astro';
import { prefectureImage } from '../../../lib/content/embed-images.ts';
import { PREFECTURES, type Prefecture } from '../../../lib/prefectures.ts';

/** Image version of /embed/otasuketai/<slug>/, one per prefecture. */
export const getStaticPaths = (() => PREFECTURES.map((prefecture) => ({ params: { pref: prefecture.slug }, props: { prefecture } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => prefectureImage((props as { prefecture: Prefecture }).prefecture, site);
