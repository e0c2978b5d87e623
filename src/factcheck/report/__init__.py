"""Reporters. `records` turns a Report into the one record list every format uses."""
