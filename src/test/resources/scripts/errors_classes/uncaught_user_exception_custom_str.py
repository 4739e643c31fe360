# An uncaught user exception with a custom __str__
class InvalidMove(Exception):
    def __init__(self, piece, square):
        super().__init__(piece, square)
        self.piece = piece
        self.square = square

    def __str__(self):
        return f"{self.piece} cannot move to {self.square}"


print("e2-e4")
raise InvalidMove("bishop", "h9")
