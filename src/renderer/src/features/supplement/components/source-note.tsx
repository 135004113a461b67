// The Source line lives with the shared components (Exercise cites its guideline the same way).
export { SourceNote } from '../../../components/source-note';
