"""Stage 6, export: every file of the output contract (CONTRACT.md)."""
