# Tic-tac-toe with a minimax player that plays against itself
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def minimax(board, player, cache):
    key = ("".join(board), player)
    if key in cache:
        return cache[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == " ":
                board[i] = player
                score, _ = minimax(board, "O" if player == "X" else "X", cache)
                board[i] = " "
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    cache[key] = result
    return result


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


def play(opening):
    board = [" "] * 9
    cache = {}
    player = "X"
    moves = []
    for pos in opening:
        board[pos] = player
        moves.append(pos)
        player = "O" if player == "X" else "X"
    while not winner(board) and " " in board:
        _, move = minimax(board, player, cache)
        board[move] = player
        moves.append(move)
        player = "O" if player == "X" else "X"
    return board, moves, winner(board) or "draw", len(cache)


for opening in [[], [0], [1, 0], [0, 1], [4, 1, 0]]:
    board, moves, result, states = play(opening)
    print(f"opening {opening}: moves {moves} -> {result} ({states} states)")
board, _, _, _ = play([0, 1])
show(board)
