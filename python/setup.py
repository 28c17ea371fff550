"""Builds the `dyad` extension module with dyad's own CMake build (DYAD_BUILD_PYTHON=ON)
and packages it with its type stubs, for `pip install --no-build-isolation ./python`.

The module is compiled for the interpreter running this script. It finds dyad's
dictionaries and models in the checkout it was built from, or in $DYAD_DATA.
Environment: DYAD_BUILD_DIR (default: <checkout>/build/pip), DYAD_JOBS (default: 2).
"""
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = pathlib.Path(os.environ.get("DYAD_BUILD_DIR", ROOT / "build" / "pip"))
        configure = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                     "-DDYAD_BUILD_PYTHON=ON", "-DDYAD_BUILD_TESTS=OFF", "-DDYAD_BUILD_BENCH=OFF",
                     f"-DPython3_EXECUTABLE={sys.executable}"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        if shutil.which("ccache"):
            configure += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"]
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "dyad_python",
                        "-j", os.environ.get("DYAD_JOBS", "2")], check=True)
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        built = build_dir / "python" / ("dyad" + sysconfig.get_config_var("EXT_SUFFIX"))
        if not built.exists():
            raise RuntimeError(f"the CMake build left no {built}")
        shutil.copyfile(built, target)
        shutil.copyfile(HERE / "dyad.pyi", target.parent / "dyad.pyi")


setup(ext_modules=[Extension("dyad", sources=[])], cmdclass={"build_ext": CMakeBuild})
