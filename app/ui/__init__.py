"""Cymharu's Qt user interface: views over the query layer, never over files."""
