// The list is vocabulary (src/vocab/service-parts.ts); this path stays for the modules that import it.
export { SERVICE_PARTS } from '../vocab/service-parts.ts';
