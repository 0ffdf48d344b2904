"""munigraph's graph core: the model, the store, resolution and analytics."""
