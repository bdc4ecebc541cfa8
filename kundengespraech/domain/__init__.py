"""Pure domain model: questionnaire, answers, needs, catalogue and recommender (stdlib only)."""
