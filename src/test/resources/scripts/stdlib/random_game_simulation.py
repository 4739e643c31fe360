# A seeded dice game: the same seed gives the same game in CPython and Tint
import random

def play(seed, rounds=8):
    rng = random.Random(seed)
    scores = {"ann": 0, "bob": 0}
    log = []
    for r in range(rounds):
        for player in scores:
            roll = rng.randint(1, 6) + rng.randint(1, 6)
            if roll == 7:
                scores[player] = 0
            else:
                scores[player] += roll
            log.append((player, roll))
    return scores, log[:6]

for seed in (1, 2, 3):
    print(seed, play(seed))

random.seed(11)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
