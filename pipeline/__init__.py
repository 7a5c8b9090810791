"""negotiation-graph: actors, positions and red lines from news about negotiations."""

__version__ = "0.1.0"
