"""newsletter: a weekly email of TV actors' interviews, their best lines and when the shows are on."""

__version__ = "0.1.0"
