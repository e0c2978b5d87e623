"""Check: discrepancies among the rows, one module per kind of check."""
