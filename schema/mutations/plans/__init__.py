"""Recurring plans (office): `recurringPlanCreate/Update/Pause/Resume/Skip`. The rules live in
`resolvers.plans`; the `RecurringPlan` type in `schema.plans`."""
