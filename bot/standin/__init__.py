"""A strict, local stand-in for the Telegram Bot API.

A real HTTP server on 127.0.0.1 that python-telegram-bot talks to through `base_url`. It checks
every call against the Bot API's machine-readable spec and refuses what Telegram refuses, and it
simulates the people on the other side. The tests and `peerbot demo` use it; nothing here talks to
the real Telegram.
"""

from bot.standin.server import BotApiStandIn, SentMessage, SimulatedChat, SimulatedUser

__all__ = ["BotApiStandIn", "SentMessage", "SimulatedChat", "SimulatedUser"]
