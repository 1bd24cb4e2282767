"""backplan.services"""
