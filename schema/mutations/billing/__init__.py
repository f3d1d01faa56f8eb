"""Billing mutations (invoices, batches, payments, corrections, paying online): one per module."""
