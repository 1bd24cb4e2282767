"""backplan.safety"""
