import { annotationDeprecated } from './annotation-deprecated.js';
import { apiAlpha } from './api-alpha.js';
import { apiDeprecated } from './api-deprecated.js';
import { apiRemoved } from './api-removed.js';
import type { Rule } from './define-rule.js';
import { fieldDeprecated } from './field-deprecated.js';
import { imageRegistryDeprecated } from './image-registry-deprecated.js';
import { labelDeprecated } from './label-deprecated.js';
import { volumePluginRemoved } from './volume-plugin-removed.js';

/** deprecationRules are the version-aware rules of `k8slint lint`, driven by schemas/deprecations.yaml. */
export const deprecationRules: readonly Rule[] = [
  apiRemoved,
  apiDeprecated,
  apiAlpha,
  fieldDeprecated,
  annotationDeprecated,
  labelDeprecated,
  imageRegistryDeprecated,
  volumePluginRemoved,
] as Rule[];
