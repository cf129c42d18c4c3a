def largest_rectangle_area(heights: List[int]) -> int:
    """The largest area of a rectangle inside the histogram of bar heights."""
    pass
