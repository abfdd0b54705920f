"""Peer support bot for high-school peer-to-peer mental-health programs."""

import os

# Opt in to python-telegram-bot's future behaviour (durations as timedelta, e.g. a 429's
# retry_after) so that reading them raises no deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
