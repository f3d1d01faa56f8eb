"""Company settings: `companyUpdate` (the owner). The rules live in `resolvers.company`; the `Company` type in
`schema.company`."""
