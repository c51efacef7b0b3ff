/**
 * The cache of inspected desired models: a compact binary codec for the model records
 * ({@link dev.syncdb.cache.ModelCodec}) and a directory of entries keyed by what the model was
 * built from ({@link dev.syncdb.cache.ModelCache}, {@link dev.syncdb.cache.CacheKey}). Imports
 * only {@code model}.
 */
package dev.syncdb.cache;
