"""backplan.ui"""
