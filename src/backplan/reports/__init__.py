"""backplan.reports"""
