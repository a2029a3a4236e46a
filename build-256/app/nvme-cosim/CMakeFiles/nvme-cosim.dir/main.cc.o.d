app/nvme-cosim/CMakeFiles/nvme-cosim.dir/main.cc.o: \
 /work/main/app/nvme-cosim/main.cc /usr/include/stdc-predef.h \
 /work/main/app/nvme-cosim/commands.h
