# Bundles the dashboard: installs web/'s npm packages when package-lock.json is newer than
# what is installed (offline from npm's cache when it has them, else from the registry),
# then runs web/build.mjs into OUT. A file lock keeps two build trees from running npm
# in web/ at once.
# Usage: cmake -DNODE=node -DNPM=npm -DWEB=web -DOUT=dir -P web_bundle.cmake
file(LOCK ${WEB}/.bundle.lock GUARD PROCESS TIMEOUT 600)
set(installed ${WEB}/node_modules/.package-lock.json)
if(NOT EXISTS ${installed} OR ${WEB}/package-lock.json IS_NEWER_THAN ${installed})
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund --prefer-offline
                  WORKING_DIRECTORY ${WEB} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${WEB} (${rc})")
  endif()
endif()
execute_process(COMMAND ${NODE} build.mjs --outdir ${OUT} WORKING_DIRECTORY ${WEB} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the dashboard bundle failed (${rc})")
endif()
