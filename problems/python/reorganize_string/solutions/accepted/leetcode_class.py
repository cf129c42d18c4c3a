class Solution:
    def reorganizeString(self, s: str) -> str:
        # Take the most frequent letter; the letter just placed sits out one turn.
        heap = [(-c, ch) for ch, c in Counter(s).items()]
        heapify(heap)
        out = []
        held = None
        while heap:
            c, ch = heappop(heap)
            out.append(ch)
            if held:
                heappush(heap, held)
            held = (c + 1, ch) if c + 1 else None
        return "" if held else "".join(out)
