"""backplan.schedule"""
