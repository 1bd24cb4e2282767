"""backplan.interchange"""
