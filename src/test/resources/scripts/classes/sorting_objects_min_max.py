# Sorting lists of objects with __lt__, min/max, sorted with key
class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __lt__(self, other):
        if self.score != other.score:
            return self.score < other.score
        return self.name < other.name

    def __repr__(self):
        return f"{self.name}:{self.score}"


players = [Player("eve", 30), Player("bob", 50), Player("amy", 30),
           Player("dan", 10), Player("cal", 50)]
print(sorted(players))
print(sorted(players, reverse=True))
print(min(players), max(players))
print(sorted(players, key=lambda p: p.name))
print(max(players, key=lambda p: len(p.name + str(p.score))))

players.sort()
print(players)
players.sort(key=lambda p: -p.score)
print(players)

# stable sort: equal keys keep order
tied = [Player("z", 1), Player("y", 1), Player("x", 1)]
print(sorted(tied, key=lambda p: p.score))
print(min(tied, key=lambda p: p.score), max(tied, key=lambda p: p.score))
print(min(Player("q", 5), Player("r", 4)))
print(sorted([(p.score, p.name) for p in players]))
