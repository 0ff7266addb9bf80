/**
 * What FloatingController takes from Floating UI, in a module of its own: it is imported lazily,
 * and a bundler splits off a chunk with just these (a dynamic import of the package itself would
 * bring all of it).
 */
export { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
