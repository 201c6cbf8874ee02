"""The board editor: a QGraphicsView canvas over a stored board (the scene is a view of rows)."""
