def car_fleet(target, position, speed):
    # From the car nearest the destination backwards. A car joins the fleet ahead of it when
    # it would arrive no later; times are compared as fractions by cross-multiplying.
    cars = sorted(zip(position, speed), reverse=True)
    fleets = 0
    lead_dist, lead_speed = 0, 1  # arrival time of the fleet just ahead: 0 / 1
    for p, s in cars:
        dist = target - p
        if dist * lead_speed > lead_dist * s:  # dist / s > lead_dist / lead_speed
            fleets += 1
            lead_dist, lead_speed = dist, s
    return fleets
