"""backplan.storage"""
