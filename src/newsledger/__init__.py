"""newsledger: news articles in, a validated Data Package of actors, events, quotes and claims out."""
