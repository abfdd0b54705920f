"""Peer support bot for high-school peer-to-peer mental-health programs."""
