"""``python -m pipeline``: the command line, as the ``negotiation-graph`` script runs it."""

from .cli import app

if __name__ == "__main__":
    app(prog_name="negotiation-graph")
