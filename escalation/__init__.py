"""Crisis detection and counselor routing; importable without Telegram (PRODUCT.md §5)."""
