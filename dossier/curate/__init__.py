"""Curated and reference facts: what a user adds by hand, each with its source."""
