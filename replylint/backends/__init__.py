"""Optional heavy backends (models, servers). Imported lazily by the rules that use them."""
