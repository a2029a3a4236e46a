-f rtl/pcie_ep.f
rtl/nvme_pkg.sv
rtl/nvme_regs.sv
rtl/nvme_data_gen.sv
rtl/nvme_latency.sv
rtl/nvme_ns_table.sv
rtl/nvme_features.sv
rtl/nvme_aen.sv
rtl/nvme_io_queues.sv
rtl/nvme_admin_decode.sv
rtl/nvme_admin_exec.sv
rtl/nvme_admin.sv
rtl/nvme_io_decode.sv
rtl/nvme_io_exec.sv
rtl/nvme_io.sv
rtl/nvme_core.sv
rtl/nvme_ctrl_top.sv
